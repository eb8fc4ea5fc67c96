// finds the last space with lastIndexOf and keeps what comes after it with slice
function lastWord(text) {
  return text.slice(text.lastIndexOf(" ") + 1);
}

console.log(lastWord("Ada Lovelace"));
