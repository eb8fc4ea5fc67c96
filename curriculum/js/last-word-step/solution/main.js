function lastWord(text) {
  const parts = text.split(" ");
  return parts[parts.length - 1];
}

console.log(lastWord("Ada Lovelace"));
