// shows the message but forgets to return, so the wrong entry is added all the same
const form = document.querySelector("#join");
const nameBox = document.querySelector("#name");
const emailBox = document.querySelector("#email");
const error = document.querySelector("#error");
const members = document.querySelector("#members");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameBox.value.trim();
  const email = emailBox.value.trim();

  error.textContent = "";
  if (name === "") {
    error.textContent = "Please write your name.";
  }
  if (name.length === 1) {
    error.textContent = "A name needs at least 2 letters.";
  }
  if (!email.includes("@")) {
    error.textContent = "An email address needs an @ in it.";
  }

  const item = document.createElement("li");
  item.textContent = name + " (" + email + ")";
  members.append(item);
  nameBox.value = "";
  emailBox.value = "";
});
