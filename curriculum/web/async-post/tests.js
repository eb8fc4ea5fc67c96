async function signUp(name, course) {
  await fill("#name", name);
  await choose("#course", course);
  await click("#signup button");
  await settle();
}
// The requests the page sent, such as "POST /api/signups".
const asked = () => api.requests().map((r) => r.method + " " + r.path);
// The body of the first request, read back from JSON.
function sentBody() {
  const req = api.requests()[0];
  if (req === undefined) return "no request was sent";
  try {
    return JSON.parse(req.body);
  } catch (e) {
    return "not JSON: " + req.body;
  }
}

test("signing up sends one POST request to /api/signups", async () => {
  await signUp("Ada", "Cooking");
  expect(asked()).toEqual(["POST /api/signups"]);
});
test("the request says its body is JSON, with Content-Type: application/json", async () => {
  await signUp("Ada", "Cooking");
  const req = api.requests()[0];
  expect(req === undefined ? "no request was sent" : req.headers["content-type"] || "no Content-Type").toContain("application/json");
});
test("the body is the form written as JSON: the name and the class", async () => {
  await signUp("Ada", "Cooking");
  expect(sentBody()).toEqual({ name: "Ada", course: "Cooking" });
});
test("when the server says yes, the page thanks Ada and says her place on the list", async () => {
  await signUp("Ada", "Cooking");
  expect(text("#result")).toBe("Thanks, Ada! You are number 3 on the list for Cooking.");
});
test("the place comes from the server's answer: the next person is number 4", async () => {
  await signUp("Ada", "Cooking");
  await signUp("Sam", "Maths");
  expect(text("#result")).toBe("Thanks, Sam! You are number 4 on the list for Maths.");
});
test("when the server says no, because there is no name, the page shows the server's reason", async () => {
  await click("#signup button");
  await settle();
  expect(text("#result")).toBe("Please write your name.");
});
