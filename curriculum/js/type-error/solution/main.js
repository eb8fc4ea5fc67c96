function shout(text) {
  return text.toUpperCase() + "!";
}

function cityOf(person) {
  return person.address.city;
}

console.log(shout("hi"));
console.log(cityOf({ name: "Jo", address: { city: "Leeds" } }));
