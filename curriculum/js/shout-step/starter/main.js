function capitals(text) {
  // Your code here
  return text;
}

console.log(capitals("hi"));
