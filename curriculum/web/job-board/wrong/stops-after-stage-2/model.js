// The model: the only code that talks to the database.

// Stage 1: every job, in id order.
async function listJobs(search) {
  return await db.all("SELECT id, title, company, city FROM jobs ORDER BY id");
}

// Stage 4: TODO
async function findJob(id) {
}

// Stage 5: TODO
async function addApplication(jobId, name, email, message) {
}

module.exports = { listJobs, findJob, addApplication };
