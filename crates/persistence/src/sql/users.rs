//! Users on SQL: upsert by Discord id.

use super::SqlStore;
use super::convert::user_record;
use super::entity::users;
use crate::error::StoreError;
use crate::model::{NewUser, UserId, UserRecord, now};
use crate::store::UserRepository;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, NotSet, QueryFilter};

impl UserRepository for SqlStore {
    async fn upsert_user(&self, user: &NewUser) -> Result<UserRecord, StoreError> {
        let seen = now();
        let row = users::ActiveModel {
            id: NotSet,
            discord_id: Set(user.discord_id.clone()),
            name: Set(user.name.clone()),
            avatar: Set(user.avatar.clone()),
            created_at: Set(seen),
            last_seen_at: Set(seen),
        };
        let on_conflict = OnConflict::column(users::Column::DiscordId)
            .update_columns([
                users::Column::Name,
                users::Column::Avatar,
                users::Column::LastSeenAt,
            ])
            .to_owned();
        users::Entity::insert(row)
            .on_conflict(on_conflict)
            .exec_without_returning(&self.db)
            .await?;
        self.user_by_discord_id(&user.discord_id)
            .await?
            .ok_or_else(|| StoreError::CorruptRow {
                table: "users",
                reason: format!("user {} vanished after its upsert", user.discord_id),
            })
    }

    async fn user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        Ok(users::Entity::find_by_id(id.0)
            .one(&self.db)
            .await?
            .map(user_record))
    }

    async fn user_by_discord_id(&self, discord_id: &str) -> Result<Option<UserRecord>, StoreError> {
        let row = users::Entity::find()
            .filter(users::Column::DiscordId.eq(discord_id))
            .one(&self.db)
            .await?;
        Ok(row.map(user_record))
    }
}
