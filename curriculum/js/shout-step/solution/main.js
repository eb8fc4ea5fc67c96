function capitals(text) {
  return text.toUpperCase();
}

console.log(capitals("hi"));
