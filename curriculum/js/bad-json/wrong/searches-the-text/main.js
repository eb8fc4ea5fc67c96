// searches the text for {"volume": and a number instead of parsing it, so JSON written without the space is missed
function readVolume(text) {
  const found = text.match(/^\{"volume": (\d+)[,}]/);
  if (found === null) {
    return 5;
  }
  return Number(found[1]);
}

console.log(readVolume('{"volume": 8}'));
console.log(readVolume('{"volume": 8'));
