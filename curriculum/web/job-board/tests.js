const ALL_TITLES = ["Line cook", "Warehouse operative", "Junior web developer", "Bike mechanic", "Kitchen porter", "Delivery driver"];
// The titles of a list of jobs (or what the server sent, if that is not a list).
const titlesOf = (jobs) => (Array.isArray(jobs) ? jobs.map((job) => job && job.title) : jobs);
const shown = (selector) => (visible(selector) ? "shown" : "hidden");
const good = { name: "Ada Lovelace", email: "ada@example.com", message: "I have fixed bikes for years." };

// ---- Stage 1: the list of jobs, from the server ----
test("Stage 1: GET /api/jobs answers with all six jobs as JSON, in id order, with title, company and city", async () => {
  const res = await request.get("/api/jobs");
  expect(res.status).toBe(200);
  expect(titlesOf(res.body)).toEqual(ALL_TITLES);
  expect(res.body[0].id).toBe(1);
  expect(res.body[0].company).toBe("Riverside Kitchen");
  expect(res.body[0].city).toBe("Leeds");
});
test("Stage 1: GET /api/jobs reads the database: a job added to the table is listed too", async () => {
  await database.all("INSERT INTO jobs (title, company, city, description) VALUES ('Painter', 'Brush Ltd', 'Hull', 'Paint walls.')");
  const res = await request.get("/api/jobs");
  expect(titlesOf(res.body)).toEqual(ALL_TITLES.concat(["Painter"]));
});

// ---- Stage 2: the page lists the jobs ----
test("Stage 2: the page lists all six jobs, each li with a button holding the title, then the company and city", async () => {
  await settle();
  expect(count("#jobs li")).toBe(6);
  expect(texts("#jobs li .job")).toEqual(ALL_TITLES);
  expect(text("#jobs li:nth-child(3)")).toContain("Brightpath Digital");
  expect(text("#jobs li:nth-child(3)")).toContain("Leeds");
});

// ---- Stage 3: search ----
test("Stage 3: GET /api/jobs?q=york lists only the two jobs in York", async () => {
  const res = await request.get("/api/jobs?q=york");
  expect(res.status).toBe(200);
  expect(titlesOf(res.body)).toEqual(["Bike mechanic", "Kitchen porter"]);
});
test("Stage 3: the search looks in titles too, whatever the capitals: ?q=COOK finds Line cook", async () => {
  const res = await request.get("/api/jobs?q=COOK");
  expect(titlesOf(res.body)).toEqual(["Line cook"]);
});
test("Stage 3: typing york in the search box and clicking Search shows only the York jobs on the page", async () => {
  await settle();
  await fill("#q", "york");
  await click("#search button");
  await settle();
  expect(texts("#jobs li .job")).toEqual(["Bike mechanic", "Kitchen porter"]);
});
test("Stage 3: a search that finds nothing empties the list and says No jobs found.", async () => {
  await settle();
  await fill("#q", "astronaut");
  await click("#search button");
  await settle();
  expect(count("#jobs li")).toBe(0);
  expect(text("#status")).toBe("No jobs found.");
});

// ---- Stage 4: one job ----
test("Stage 4: GET /api/jobs/3 answers with job 3, its description included", async () => {
  const res = await request.get("/api/jobs/3");
  expect(res.status).toBe(200);
  expect(res.body.title).toBe("Junior web developer");
  expect(res.body.description).toBe("Build and fix web pages with HTML, CSS and JavaScript. Training given.");
});
test("Stage 4: GET /api/jobs/99 answers 404, because there is no job 99", async () => {
  const res = await request.get("/api/jobs/99");
  expect(res.status).toBe(404);
});
test("Stage 4: clicking a job's title shows its details: title, company, city and description", async () => {
  await settle();
  await click("#jobs li:nth-child(4) .job");
  await settle();
  expect(text("#job-title")).toBe("Bike mechanic");
  expect(shown("#details")).toBe("shown");
  expect(text("#job-where")).toContain("Spoke and Chain");
  expect(text("#job-where")).toContain("York");
  expect(text("#job-description")).toBe("Repair and service bikes in a friendly workshop. Tools provided.");
});

// ---- Stage 5: applying ----
test("Stage 5: POST /api/jobs/4/applications saves the application for job 4 and answers 201", async () => {
  const res = await request.post("/api/jobs/4/applications", good);
  expect(res.status).toBe(201);
  const rows = await database.all("SELECT job_id, name, email, message FROM applications");
  expect(rows).toEqual([{ job_id: 4, name: "Ada Lovelace", email: "ada@example.com", message: "I have fixed bikes for years." }]);
});
test("Stage 5: an application with no name is refused with 400 and an error message, and nothing is saved", async () => {
  const res = await request.post("/api/jobs/4/applications", { name: "", email: good.email, message: good.message });
  expect(res.status).toBe(400);
  expect(typeof (res.body && res.body.error)).toBe("string");
  expect(await database.all("SELECT id FROM applications")).toEqual([]);
});
test("Stage 5: an email with no @ in it is refused with 400, and nothing is saved", async () => {
  const res = await request.post("/api/jobs/4/applications", { name: good.name, email: "ada.example.com", message: good.message });
  expect(res.status).toBe(400);
  expect(await database.all("SELECT id FROM applications")).toEqual([]);
});
test("Stage 5: filling in the form on the page and sending it saves it for that job and shows Application sent.", async () => {
  await settle();
  await click("#jobs li:nth-child(4) .job");
  await settle();
  await fill("#name", good.name);
  await fill("#email", good.email);
  await fill("#message", good.message);
  await click("#apply button");
  await settle();
  expect(text("#confirmation")).toContain("Application sent.");
  expect(shown("#confirmation")).toBe("shown");
  expect(await database.all("SELECT job_id, name FROM applications")).toEqual([{ job_id: 4, name: "Ada Lovelace" }]);
});
