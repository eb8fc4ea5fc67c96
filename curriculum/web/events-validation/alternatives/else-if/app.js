// works out the message with else if, then adds the member only when the message is empty
const form = document.querySelector("#join");
const nameBox = document.querySelector("#name");
const emailBox = document.querySelector("#email");
const error = document.querySelector("#error");
const members = document.querySelector("#members");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameBox.value.trim();
  const email = emailBox.value.trim();

  let message = "";
  if (name === "") {
    message = "Please write your name.";
  } else if (name.length < 2) {
    message = "A name needs at least 2 letters.";
  } else if (!email.includes("@")) {
    message = "An email address needs an @ in it.";
  }
  error.textContent = message;

  if (message === "") {
    const item = document.createElement("li");
    item.textContent = name + " (" + email + ")";
    members.append(item);
    nameBox.value = "";
    emailBox.value = "";
  }
});
