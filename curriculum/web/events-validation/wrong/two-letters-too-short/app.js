// checks name.length <= 2, so a 2-letter name like Jo is refused
const form = document.querySelector("#join");
const nameBox = document.querySelector("#name");
const emailBox = document.querySelector("#email");
const error = document.querySelector("#error");
const members = document.querySelector("#members");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameBox.value.trim();
  const email = emailBox.value.trim();

  if (name === "") {
    error.textContent = "Please write your name.";
    return;
  }
  if (name.length <= 2) {
    error.textContent = "A name needs at least 2 letters.";
    return;
  }
  if (!email.includes("@")) {
    error.textContent = "An email address needs an @ in it.";
    return;
  }
  error.textContent = "";

  const item = document.createElement("li");
  item.textContent = name + " (" + email + ")";
  members.append(item);
  nameBox.value = "";
  emailBox.value = "";
});
