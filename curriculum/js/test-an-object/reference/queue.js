// the correct queue: join at the back, next serves from the front, null when empty
class Queue {
  constructor() {
    this.people = [];
  }

  join(name) {
    this.people.push(name);
  }

  next() {
    if (this.people.length === 0) {
      return null;
    }
    return this.people.shift();
  }

  get length() {
    return this.people.length;
  }
}
