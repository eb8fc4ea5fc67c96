// takes the money out first, then says false when there was not enough, leaving the balance below 0
class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }

  deposit(amount) {
    this.balance = this.balance + amount;
  }

  withdraw(amount) {
    this.balance = this.balance - amount;
    return this.balance >= 0;
  }
}

const account = new Account("Ana");
account.deposit(50);
console.log(account.withdraw(30), account.balance);
