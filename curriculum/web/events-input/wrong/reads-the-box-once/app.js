// reads the box once, when the page opens, so the listener always uses the empty text
const box = document.querySelector("#message");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");
const text = box.value;

box.addEventListener("input", () => {
  left.textContent = (40 - text.length) + " characters left";
  preview.textContent = text;
});
