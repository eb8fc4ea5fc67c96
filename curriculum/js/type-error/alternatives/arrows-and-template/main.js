// writes both functions as arrow functions, with a template literal for the shout
const shout = (text) => `${text.toUpperCase()}!`;

const cityOf = (person) => person.address.city;

console.log(shout("hi"));
console.log(cityOf({ name: "Jo", address: { city: "Leeds" } }));
