// The model: the only code that talks to the database.
// The tables: jobs (id, title, company, city, description)
// and applications (id, job_id, name, email, message).

// Stage 1: every job (id, title, company, city), in id order.
// Stage 3: with a search, only the jobs whose title or city holds that text.
async function listJobs(search) {
  // TODO
}

// Stage 4: one job, description included (db.get gives one row).
async function findJob(id) {
  // TODO
}

// Stage 5: saves an application for a job, and returns it.
async function addApplication(jobId, name, email, message) {
  // TODO
}

module.exports = { listJobs, findJob, addApplication };
