const form = document.querySelector("#join");
const nameBox = document.querySelector("#name");
const emailBox = document.querySelector("#email");
const error = document.querySelector("#error");
const members = document.querySelector("#members");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameBox.value;
  const email = emailBox.value.trim();

  // Check the name and the email here. When something is wrong,
  // show a message in #error and stop before anyone is added.

  const item = document.createElement("li");
  item.textContent = name + " (" + email + ")";
  members.append(item);
  nameBox.value = "";
  emailBox.value = "";
});
