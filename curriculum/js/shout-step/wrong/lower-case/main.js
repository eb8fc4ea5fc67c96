// uses toLowerCase, which makes small letters instead of capitals
function capitals(text) {
  return text.toLowerCase();
}

console.log(capitals("hi"));
