function shout(text) {
  return text.toUppercase() + "!";
}

function cityOf(person) {
  return person.adress.city;
}

console.log(shout("hi"));
console.log(cityOf({ name: "Jo", address: { city: "Leeds" } }));
