// adds 1 for each word, so it counts the words instead of their letters
function totalLetters(words) {
  return words.reduce((soFar, word) => soFar + 1, 0);
}

console.log(totalLetters(["hi", "you"]));
