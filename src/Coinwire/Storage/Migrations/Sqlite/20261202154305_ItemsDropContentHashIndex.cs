using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coinwire.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemsDropContentHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_items_ContentHash",
                table: "items");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_items_ContentHash",
                table: "items",
                column: "ContentHash");
        }
    }
}
