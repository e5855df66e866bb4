using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coinwire.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItemsExternalIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_items_ExternalId",
                table: "items",
                column: "ExternalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_items_ExternalId",
                table: "items");
        }
    }
}
