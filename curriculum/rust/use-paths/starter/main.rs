mod shop {
    pub mod tax {
        // Adds a tax of 10 cents on every dollar.
        pub fn add_tax(cents: u32) -> u32 {
            cents + cents / 10
        }
    }

    pub mod labels {
        // Shows whole cents as dollars, such as $4.50.
        pub fn dollars(cents: u32) -> String {
            format!("${}.{:02}", cents / 100, cents % 100)
        }
    }
}

// Your code here: two use lines, for add_tax and for dollars.

fn price_tag(cents: u32) -> String {
    // Your code here: add the tax, then show it as dollars.
    String::new()
}

fn main() {
    println!("{}", price_tag(1000));
}
