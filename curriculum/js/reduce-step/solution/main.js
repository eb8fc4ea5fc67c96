function totalLetters(words) {
  return words.reduce((soFar, word) => soFar + word.length, 0);
}

console.log(totalLetters(["hi", "you"]));
