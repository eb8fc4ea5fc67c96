// The model: the only code that talks to the database.

// Stage 1 and 3: the jobs, in id order. With a search, only the jobs
// whose title or city holds that text.
async function listJobs(search) {
  if (search) {
    const pattern = "%" + search + "%";
    return await db.all(
      "SELECT id, title, company, city FROM jobs WHERE title LIKE ? OR city LIKE ? ORDER BY id",
      [pattern, pattern]
    );
  }
  return await db.all("SELECT id, title, company, city FROM jobs ORDER BY id");
}

// Stage 4: one job, description included, or undefined when there is none.
async function findJob(id) {
  return await db.get("SELECT id, title, company, city, description FROM jobs WHERE id = ?", [id]);
}

// Stage 5: saves an application for a job, and returns it with its new id.
async function addApplication(jobId, name, email, message) {
  const result = await db.run(
    "INSERT INTO applications (job_id, name, email, message) VALUES (?, ?, ?, ?)",
    [jobId, name, email, message]
  );
  return { id: result.lastID, job_id: jobId, name: name, email: email, message: message };
}

module.exports = { listJobs, findJob, addApplication };
