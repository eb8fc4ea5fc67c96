const box = document.querySelector("#message");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

// Each time the text in the box changes:
// - #left says how many of the 40 characters are left, like "38 characters left"
// - #preview shows the message as it is now
box.addEventListener("input", () => {
  const text = box.value;
  left.textContent = (40 - text.length) + " characters left";
  preview.textContent = text;
});
