//! Rule packs: declarative TOML rules that turn sentences and mentions into claims.
