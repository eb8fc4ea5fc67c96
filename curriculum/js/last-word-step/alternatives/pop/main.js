// takes the last part off the array with pop() instead of using its index
function lastWord(text) {
  const parts = text.split(" ");
  return parts.pop();
}

console.log(lastWord("Ada Lovelace"));
