// uses parts[parts.length] without the - 1, one step past the end, which gives undefined
function lastWord(text) {
  const parts = text.split(" ");
  return parts[parts.length];
}

console.log(lastWord("Ada Lovelace"));
