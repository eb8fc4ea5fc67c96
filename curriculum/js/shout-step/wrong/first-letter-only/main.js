// makes only the first letter a capital and leaves the rest as they were
function capitals(text) {
  if (text === "") {
    return "";
  }
  return text[0].toUpperCase() + text.slice(1);
}

console.log(capitals("hi"));
