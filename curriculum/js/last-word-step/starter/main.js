function lastWord(text) {
  const parts = text.split(" ");
  // Your code here
  return "";
}

console.log(lastWord("Ada Lovelace"));
