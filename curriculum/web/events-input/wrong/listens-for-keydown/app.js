// listens for "keydown", which comes before the letter is in the box, so it is always one behind
const box = document.querySelector("#message");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

box.addEventListener("keydown", () => {
  const text = box.value;
  left.textContent = (40 - text.length) + " characters left";
  preview.textContent = text;
});
