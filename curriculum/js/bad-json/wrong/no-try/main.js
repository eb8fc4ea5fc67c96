// has no try and catch, so broken text stops the program with a SyntaxError
function readVolume(text) {
  const settings = JSON.parse(text);
  return settings.volume ?? 5;
}
