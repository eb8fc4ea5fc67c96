// takes parts[0], the first word, instead of the last one
function lastWord(text) {
  const parts = text.split(" ");
  return parts[0];
}

console.log(lastWord("Ada Lovelace"));
