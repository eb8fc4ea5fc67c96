// leaves out the starting 0, so reduce starts from the first word itself and an empty list gives an error
function totalLetters(words) {
  return words.reduce((soFar, word) => soFar + word.length);
}

console.log(totalLetters(["hi", "you"]));
