const title = "The Odyssey";
const pages = 324;
const isCheckedOut = true;

console.log(typeof title, typeof pages, typeof isCheckedOut);
