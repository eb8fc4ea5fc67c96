function pageSize(setting) {
  // Your code here
  return setting;
}

function displayName(nickname, fullName) {
  // Your code here
  return nickname;
}

console.log(pageSize(undefined), displayName(null, "Sun Li"));
