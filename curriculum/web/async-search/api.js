const allJobs = [
  { id: 1, title: "Kitchen porter" },
  { id: 2, title: "Kitchen assistant" },
  { id: 3, title: "Laundry worker" },
  { id: 4, title: "Library orderly" },
  { id: 5, title: "Painter" },
  { id: 6, title: "Painter & decorator" },
  { id: 7, title: "Gardener" },
  { id: 8, title: "Cook" },
];

// The server reads q from the query string (/api/jobs?q=cook) and
// answers with the jobs whose title has those words in it.
api.get("/api/jobs", (req) => {
  const q = String(req.query.q === undefined ? "" : req.query.q).trim().toLowerCase();
  return { json: allJobs.filter((job) => job.title.toLowerCase().includes(q)) };
});
