// adds up the lengths with a for...of loop instead of reduce
function totalLetters(words) {
  let count = 0;
  for (const word of words) {
    count = count + word.length;
  }
  return count;
}

console.log(totalLetters(["hi", "you"]));
