function totalLetters(words) {
  // Your code here
  return 0;
}

console.log(totalLetters(["hi", "you"]));
