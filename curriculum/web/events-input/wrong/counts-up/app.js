// shows how many characters were typed instead of how many are left
const box = document.querySelector("#message");
const left = document.querySelector("#left");
const preview = document.querySelector("#preview");

box.addEventListener("input", () => {
  const text = box.value;
  left.textContent = text.length + " characters left";
  preview.textContent = text;
});
