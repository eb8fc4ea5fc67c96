// Two people are on the list already, so the next one is number 3.
let peopleSignedUp = 2;

// The server reads the JSON body. A sign-up with no name is refused
// with 400; any other is added, and the answer says its place.
api.post("/api/signups", (req) => {
  const body = req.body;
  const ok = body !== null && typeof body === "object";
  const name = ok && typeof body.name === "string" ? body.name.trim() : "";
  if (name === "") {
    return { status: 400, json: { error: "Please write your name." } };
  }
  peopleSignedUp = peopleSignedUp + 1;
  return { status: 201, json: { name: name, course: body.course, place: peopleSignedUp } };
});
