function pageSize(setting) {
  return setting ?? 10;
}

function displayName(nickname, fullName) {
  return nickname ?? fullName;
}

console.log(pageSize(undefined), displayName(null, "Sun Li"));
