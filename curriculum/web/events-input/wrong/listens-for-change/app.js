// listens for "change", which only comes when you leave the box, not while you type
const box = document.querySelector("#message");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

box.addEventListener("change", () => {
  const text = box.value;
  left.textContent = (40 - text.length) + " characters left";
  preview.textContent = text;
});
