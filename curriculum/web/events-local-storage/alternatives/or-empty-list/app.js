// loads with JSON.parse(...) || [] and shows the questions with forEach
const form = document.querySelector("#ask");
const box = document.querySelector("#question");
const list = document.querySelector("#questions");

// 1. When the page opens, load the questions saved under "questions",
//    or start with an empty list when nothing is saved yet.
let questions = JSON.parse(localStorage.getItem("questions")) || [];

// Puts one question at the end of the list on the page.
function show(question) {
  const item = document.createElement("li");
  item.textContent = question;
  list.append(item);
}

// 2. Show every loaded question.
questions.forEach((question) => show(question));

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = box.value.trim();
  if (question === "") return;
  questions.push(question);
  // 3. Save the whole list under "questions".
  localStorage.setItem("questions", JSON.stringify(questions));
  show(question);
  box.value = "";
});
