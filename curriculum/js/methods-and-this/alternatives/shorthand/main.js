// refuses first with an early return, and uses the shorthand += and -=
class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }

  deposit(amount) {
    this.balance += amount;
  }

  withdraw(amount) {
    if (amount > this.balance) {
      return false;
    }
    this.balance -= amount;
    return true;
  }
}

const account = new Account("Ana");
account.deposit(50);
console.log(account.withdraw(30), account.balance);
